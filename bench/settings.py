"""Settings of the server ``bench/ratios.py`` starts: the project's, with the bench's bare
baseline views routed beside the API (``bench.urls``), no throttling and no debug."""

from config.settings.base import *  # noqa: F403

DEBUG = False
ROOT_URLCONF = "bench.urls"
EPA_THROTTLE_RATES = {}
