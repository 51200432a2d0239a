"""What every app uses and that uses no app: the caller (``actor``), field errors and domain
exceptions (``errors``), the error-code registry (``codes``), the permission policy's refusal
(``policy``), versioned-row locking (``locking``) and the audit log (``models``, ``audit``).

Nothing here imports from another ``epa`` app; every app may import from here.
"""
