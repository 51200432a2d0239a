"""Running the service: request ids, JSON logs, Prometheus metrics, liveness and readiness.

- ``logs``: the JSON log formatter, one line per request (``epa.request``) and per job
  (``epa.job``, ``log_job``).
- ``middleware``: the request id (``X-Request-ID``), the request's log line and metrics.
- ``metrics``: the Prometheus metrics and the ``/metrics`` exposition (multiprocess aware).
- ``health``: the readiness checks, named in ``settings.EPA_READINESS_CHECKS``.
- ``views``: ``/livez``, ``/readyz``, ``/metrics`` and the link pages at ``/`` and ``/api/v1/``.
- ``startup``: a configuration error as one line, for ``manage.py`` and gunicorn.
"""
