"""``field__any=values``: membership in a batch's worth of values as one array parameter.

Django's ``__in`` prepares each value and sends it as a parameter of its own, and PostgreSQL
parses a statement as long as the list: for a bulk sync's 1,000 ULNs or ids, preparing them
was a noticeable part of the batch's time (``bench/sync.py``). On PostgreSQL ``__any`` is
``field = ANY(%s::type[])`` with the values as they are (ids, ULNs: already of the column's
type), one parameter whatever their number; elsewhere it is ``__in``. An empty list matches
nothing, as ``__in`` does, and a query that can match nothing is not sent.
"""

from __future__ import annotations

from django.core.exceptions import EmptyResultSet
from django.db.models import Field, ForeignObject, Lookup
from django.db.models.lookups import In


class AnyOf(Lookup):
    lookup_name = "any"
    prepare_rhs = False

    def get_prep_lookup(self):
        return list(self.rhs)

    def as_sql(self, compiler, connection):
        return In(self.lhs, self.rhs).as_sql(compiler, connection)

    def as_postgresql(self, compiler, connection):
        if not self.rhs:  # as ``__in``: matches nothing, and a query of only that never runs
            raise EmptyResultSet
        lhs, params = self.process_lhs(compiler, connection)
        array_type = self.lhs.output_field.db_type(connection)
        return f"{lhs} = ANY(%s::{array_type}[])", [*params, self.rhs]


Field.register_lookup(AnyOf)
ForeignObject.register_lookup(AnyOf)  # related fields keep lookups of their own
