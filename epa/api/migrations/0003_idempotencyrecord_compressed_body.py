"""The stored answer becomes zlib-compressed JSON, and records left ``in_progress`` go.

Until now a key was claimed in a transaction of its own, so a request that died mid-flight left
its record ``in_progress`` and every retry was a 409 until it expired. Keys are now claimed in
the transaction of the work: such records are only ever left by the old way, and are deleted.
"""

import json
import zlib

from django.db import migrations, models


def compress_answers(apps, schema_editor):
    IdempotencyRecord = apps.get_model("api", "IdempotencyRecord")
    IdempotencyRecord.objects.filter(status="in_progress").delete()
    for record in IdempotencyRecord.objects.exclude(response_body_json=None).iterator():
        text = json.dumps(record.response_body_json, ensure_ascii=False, separators=(",", ":"))
        record.response_body = zlib.compress(text.encode())
        record.save(update_fields=["response_body"])


class Migration(migrations.Migration):

    dependencies = [
        ("api", "0002_alter_idempotencyrecord_response_status"),
    ]

    operations = [
        migrations.RenameField(
            model_name="idempotencyrecord", old_name="response_body",
            new_name="response_body_json",
        ),
        migrations.AddField(
            model_name="idempotencyrecord",
            name="response_body",
            field=models.BinaryField(blank=True, help_text="The answer's JSON, zlib-compressed.",
                                     null=True),
        ),
        migrations.RunPython(compress_answers, migrations.RunPython.noop, elidable=True),
        migrations.RemoveField(model_name="idempotencyrecord", name="response_body_json"),
    ]
