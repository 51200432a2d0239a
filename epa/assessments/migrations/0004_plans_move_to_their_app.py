"""Assessment plans move to the ``plans`` app, with their data.

Step 2 of 3 (see ``plans.0001``), in the migration state only; the database is not touched:
the EPA's foreign keys to the plan models (``Assessment.plan``, ``MethodAssessment.method``,
``Judgement.criterion``, ``Appeal.method``) now point at ``plans``' models, which sit on the
same tables, and the plan models leave this app's state. ``plans.0002`` then renames the tables.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('assessments', '0003_conflict_by_uln'),
        ('plans', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.AlterField(
                    model_name='assessment',
                    name='plan',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='assessments', to='plans.assessmentplan'),
                ),
                migrations.AlterField(
                    model_name='methodassessment',
                    name='method',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='plans.assessmentmethod'),
                ),
                migrations.AlterField(
                    model_name='judgement',
                    name='criterion',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='plans.gradingcriterion'),
                ),
                migrations.AlterField(
                    model_name='appeal',
                    name='method',
                    field=models.ForeignKey(help_text='The method whose grade is appealed.', on_delete=django.db.models.deletion.PROTECT, related_name='+', to='plans.assessmentmethod'),
                ),
                # Each after the models referring to it.
                migrations.DeleteModel(name='GradingMatrixRow'),
                migrations.DeleteModel(name='GradingCriterion'),
                migrations.DeleteModel(name='AssessmentMethod'),
                migrations.DeleteModel(name='AssessmentPlan'),
            ],
        ),
    ]
