"""Rate limits for write-heavy endpoints, per organisation (or person), from settings."""

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle

from epa.api.permissions import request_actor


class OrganisationRateThrottle(SimpleRateThrottle):
    """Limits by the view's ``throttle_scope`` and the caller's organisation; rates come from
    ``settings.EPA_THROTTLE_RATES`` (read per request, so they can be changed by settings)."""

    def __init__(self) -> None:  # the rate depends on the view: see allow_request
        pass

    def allow_request(self, request, view) -> bool:
        self.scope = getattr(view, "throttle_scope", None)
        if self.scope is None or request.method in ("GET", "HEAD", "OPTIONS"):
            return True
        self.rate = settings.EPA_THROTTLE_RATES.get(self.scope)
        if self.rate is None:
            return True
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)

    def get_cache_key(self, request, view) -> str:
        actor = request_actor(request)
        who = (f"key:{actor.api_key_id}" if actor.api_key_id
               else f"user:{actor.user_id}" if actor.user_id else self.get_ident(request))
        return f"throttle:{self.scope}:{who}"
