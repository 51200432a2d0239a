"""Plug-ins for the operations tests: a readiness check and a scrape-time gauge, named by
dotted path in ``EPA_READINESS_CHECKS`` and ``EPA_METRICS_GAUGES`` as a deployment's would be."""

import json
import logging

from epa.ops.logs import JsonFormatter

QUEUE_DEPTH = {"webhooks": 3, "default": 0}


def queue_unreachable() -> None:
    raise ConnectionError("the queue does not answer")


def queue_depth() -> list:
    """Jobs waiting, by queue."""
    return [({"queue": name}, depth) for name, depth in QUEUE_DEPTH.items()]


def json_lines(records: list[logging.LogRecord], logger: str) -> list[dict]:
    """The records of one logger as the JSON formatter writes them, each parsed back."""
    formatter = JsonFormatter()
    lines = [formatter.format(record) for record in records if record.name == logger]
    assert all("\n" not in line for line in lines)
    return [json.loads(line) for line in lines]
