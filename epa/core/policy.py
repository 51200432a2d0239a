"""The permission policy's one refusal: a write the caller's part in an object does not allow.

Views authenticate the caller and scope what it may see (an object outside its organisations
is a 404); every write service then decides what the caller may do with ``require``, so the same
refusal has the same status (403) and code on every path (API, sync, admin actions). The
predicates it is given ("acts as the delivering provider", "an admin of the named EPAO") live
with the data they are about (``epa.learners.selectors``, ``epa.organisations.selectors``).
"""

from __future__ import annotations

from epa.core.codes import define
from epa.core.errors import Forbidden

# The vocabulary of refusals (403). ``role_required`` is the general one: no role in the
# organisations concerned allows the write. The others name a rule of independence or
# assignment that a role alone does not decide.
ROLE_REQUIRED = define("policy", 403, "role_required",
                       description="Your part in this organisation or object does not allow "
                                   "this write.")
NOT_THE_ASSIGNED_ASSESSOR = define("policy", 403, "not_the_assigned_assessor")
QUALITY_ASSURER_NOT_INDEPENDENT = define("policy", 403, "quality_assurer_not_independent")


def require(allowed: bool, message: str, code: str = ROLE_REQUIRED) -> None:
    """Refuse (403 ``code``) a write the caller's part in the object does not allow."""
    if not allowed:
        raise Forbidden(code, message)
