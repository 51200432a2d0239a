"""The apprenticeship's history moves to the one audit log (``core.AuditEvent``): each event is
copied to the apprenticeship's stream with the label of who made it, then the old table goes.
Backwards, the apprenticeship events are copied back."""

from django.db import migrations

BATCH = 2000


def _label(event) -> str:
    if event.actor_user_id is not None:
        return event.actor_user.username
    if event.actor_api_key_id is not None:
        return f"api-key:{event.actor_api_key.prefix}"
    return "system"


def forwards(apps, schema_editor):
    Old = apps.get_model("learners", "ApprenticeshipEvent")
    AuditEvent = apps.get_model("core", "AuditEvent")
    rows = Old.objects.select_related("actor_user", "actor_api_key").order_by("id")
    batch = []
    for event in rows.iterator(chunk_size=BATCH):
        batch.append(AuditEvent(
            stream=f"apprenticeship:{event.apprenticeship_id}", at=event.at,
            actor_user_id=event.actor_user_id, actor_api_key_id=event.actor_api_key_id,
            actor_organisation_id=event.actor_organisation_id, actor_label=_label(event),
            area=event.area, action=event.action, subject=event.subject, before=event.before,
            after=event.after, reason=event.reason))
        if len(batch) >= BATCH:
            AuditEvent.objects.bulk_create(batch)
            batch = []
    AuditEvent.objects.bulk_create(batch)


def backwards(apps, schema_editor):
    Old = apps.get_model("learners", "ApprenticeshipEvent")
    AuditEvent = apps.get_model("core", "AuditEvent")
    # Keep each event's time: the old model stamped "at" itself on insert.
    Old._meta.get_field("at").auto_now_add = False
    apprenticeships = set(apps.get_model("learners", "Apprenticeship").objects
                          .values_list("id", flat=True))
    keys = set(apps.get_model("organisations", "ApiKey").objects.values_list("id", flat=True))
    organisations = set(apps.get_model("organisations", "Organisation").objects
                        .values_list("id", flat=True))
    events = AuditEvent.objects.filter(stream__startswith="apprenticeship:").order_by("id")
    rows = []
    for e in events.iterator(chunk_size=BATCH):
        apprenticeship_id = int(e.stream.split(":", 1)[1])
        if apprenticeship_id not in apprenticeships:
            continue  # its apprenticeship is gone: the old table cannot hold it
        rows.append(Old(
            apprenticeship_id=apprenticeship_id, at=e.at, actor_user_id=e.actor_user_id,
            actor_api_key_id=e.actor_api_key_id if e.actor_api_key_id in keys else None,
            actor_organisation_id=(e.actor_organisation_id
                                   if e.actor_organisation_id in organisations else None),
            area=e.area, action=e.action, subject=e.subject, before=e.before, after=e.after,
            reason=e.reason))
    Old.objects.bulk_create(rows, batch_size=BATCH)
    events.delete()


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0001_initial"),
        ("learners", "0003_apprenticeshipevent"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards),
        migrations.DeleteModel(name="ApprenticeshipEvent"),
    ]
