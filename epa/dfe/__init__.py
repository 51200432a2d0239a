"""The DfE-compatible surface: the "Record a grade" External API of the Apprenticeship
assessment service, under ``/api/dfe/v1/``, as a thin translation (``api/``) over the native
services of ``epa.assessments`` and ``epa.certificates``. It holds no rule of its own: native
errors carry codes, and ``api/messages.py`` gives each code DfE's message."""
