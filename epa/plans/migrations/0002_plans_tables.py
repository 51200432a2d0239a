"""Assessment plans move to this app, with their data.

Step 3 of 3 (see ``0001``): the tables are renamed from ``assessments_*`` to ``plans_*``
(``AlterModelTable`` to the default name; it renames the criteria's KSB table too), and the
plan models' content types move from app label ``assessments`` to ``plans``, keeping their ids,
so that permissions and admin log entries stay attached. Reversible: backwards the tables and
the content types go back to ``assessments``.

A content type under the target label can exist already: ``migrate`` creates content types for
the installed models when it ends, so after migrating back to ``assessments.0003`` the
``plans`` ones are made afresh (with their permissions, pointing at nothing). That duplicate is
deleted before the original is relabelled.
"""

from django.db import migrations

MOVED = ["assessmentplan", "assessmentmethod", "gradingcriterion", "gradingmatrixrow"]


def _relabel(apps, schema_editor, old: str, new: str) -> None:
    content_types = apps.get_model("contenttypes", "ContentType").objects.using(
        schema_editor.connection.alias)
    for model in MOVED:
        original = content_types.filter(app_label=old, model=model)
        if original.exists():
            content_types.filter(app_label=new, model=model).delete()
            original.update(app_label=new)


def content_types_forwards(apps, schema_editor) -> None:
    _relabel(apps, schema_editor, "assessments", "plans")


def content_types_backwards(apps, schema_editor) -> None:
    _relabel(apps, schema_editor, "plans", "assessments")


class Migration(migrations.Migration):

    dependencies = [
        ('plans', '0001_initial'),
        ('assessments', '0004_plans_move_to_their_app'),
        ('contenttypes', '0002_remove_content_type_name'),
        # Deleting a duplicate content type deletes its permissions and unlinks log entries.
        ('auth', '0012_alter_user_first_name_max_length'),
        ('admin', '0003_logentry_add_action_flag_choices'),
    ]

    operations = [
        migrations.AlterModelTable(name='assessmentplan', table=None),
        migrations.AlterModelTable(name='assessmentmethod', table=None),
        migrations.AlterModelTable(name='gradingcriterion', table=None),
        migrations.AlterModelTable(name='gradingmatrixrow', table=None),
        migrations.RunPython(content_types_forwards, content_types_backwards),
    ]
