"""Exit 1 with one line when HOST:PORT is taken, so that `make run` prints its banner only for
a port it can serve on: ``python scripts/port_free.py HOST PORT``."""

import socket
import sys


def main(host: str, port: int) -> int:
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host.strip("[]"), port))
        except OSError as exc:
            print(f"epa: {host}:{port} is not free ({exc.strerror}): stop the server using it, "
                  f"or serve on another port: make run PORT={port + 1}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
