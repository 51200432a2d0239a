"""Assessment plans move here from the ``assessments`` app, with their data.

Step 1 of 3 (Django's recipe for moving models between apps, with
``SeparateDatabaseAndState``): the four plan models are created in this app's migration state
only, on the tables they already have (``assessments_*``, kept by ``db_table``); the database is
not touched. ``assessments.0004`` then points the EPA's foreign keys at these models and drops
the plan models from its own state, and ``plans.0002`` renames the tables to ``plans_*`` and
moves the content types. Rows, ids and foreign keys are kept throughout.
"""

import django.core.validators
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('assessments', '0003_conflict_by_uln'),
        ('organisations', '0002_personal_api_keys'),
        ('standards', '0003_alter_option_position_alter_standardversion_major_and_more'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='AssessmentPlan',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('version', models.PositiveIntegerField(help_text='Version of the plan, from 1, per standard version and owner. A plan in use is never changed in ways that alter grades: a new version is published.', validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(2147483647)])),
                        ('title', models.CharField(max_length=255)),
                        ('note', models.TextField(blank=True, help_text='Notes on the plan, e.g. its source.')),
                        ('is_example', models.BooleanField(default=False, help_text='An example configuration, not an official assessment plan.')),
                        ('epa_period_days', models.PositiveIntegerField(help_text='Days from passing gateway within which the EPA is completed.', validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(3650)])),
                        ('resit_window_days', models.PositiveIntegerField(help_text='Days from the failed result within which a resit (no further learning) is taken.', validators=[django.core.validators.MaxValueValidator(3650)])),
                        ('retake_window_days', models.PositiveIntegerField(help_text='Days from the failed result within which a retake (after further learning) is taken.', validators=[django.core.validators.MaxValueValidator(3650)])),
                        ('cap_resit_grade_at_pass', models.BooleanField(default=True, help_text='A resit or retake is graded at most pass, unless exceptional circumstances are recorded.')),
                        ('max_attempts', models.PositiveSmallIntegerField(blank=True, help_text='Attempts allowed in total (the first included); empty for no limit.', null=True, validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(20)])),
                        ('appeal_window_days', models.PositiveIntegerField(default=31, help_text='Days from the result within which an appeal is lodged.', validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(365)])),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('updated_at', models.DateTimeField(auto_now=True)),
                        ('owner', models.ForeignKey(blank=True, help_text='The EPAO whose plan this is; empty for a shared plan (such as the example).', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='assessment_plans', to='organisations.organisation')),
                        ('standard_version', models.ForeignKey(help_text='The standard version the plan assesses.', on_delete=django.db.models.deletion.PROTECT, related_name='assessment_plans', to='standards.standardversion')),
                    ],
                    options={
                        'db_table': 'assessments_assessmentplan',
                        'ordering': ['standard_version', 'owner', '-version'],
                    },
                ),
                migrations.CreateModel(
                    name='AssessmentMethod',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('code', models.CharField(help_text='Short code within the plan, e.g. M1.', max_length=10)),
                        ('name', models.CharField(max_length=255)),
                        ('order', models.PositiveSmallIntegerField(default=0, help_text='Position in the plan.', validators=[django.core.validators.MaxValueValidator(999)])),
                        ('typical_duration_minutes', models.PositiveIntegerField(blank=True, help_text='Typical duration of the method (its assessed part), in minutes.', null=True, validators=[django.core.validators.MaxValueValidator(100000)])),
                        ('grade_scale', models.CharField(choices=[('fail_pass_distinction', 'Fail, pass, distinction'), ('fail_pass', 'Fail, pass')], max_length=24)),
                        ('underpinned_by_portfolio', models.BooleanField(default=False, help_text="The method draws on the apprentice's portfolio of evidence, which gateway then checks covers the method's KSBs.")),
                        ('option', models.ForeignKey(blank=True, help_text='The option the method is for; empty when it applies to every option.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='assessment_methods', to='standards.option')),
                        ('plan', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='methods', to='plans.assessmentplan')),
                    ],
                    options={
                        'db_table': 'assessments_assessmentmethod',
                        'ordering': ['plan', 'order', 'code'],
                    },
                ),
                migrations.CreateModel(
                    name='GradingCriterion',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('code', models.CharField(help_text='Short code within the method, e.g. PR1.', max_length=10)),
                        ('band', models.CharField(choices=[('pass', 'Pass'), ('distinction', 'Distinction')], max_length=12)),
                        ('descriptor', models.TextField(help_text='What the apprentice shows to meet the criterion.')),
                        ('ksbs', models.ManyToManyField(blank=True, related_name='grading_criteria', to='standards.ksb')),
                        ('method', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='criteria', to='plans.assessmentmethod')),
                    ],
                    options={
                        'db_table': 'assessments_gradingcriterion',
                        'verbose_name_plural': 'grading criteria',
                        'ordering': ['method', 'id'],
                    },
                ),
                migrations.CreateModel(
                    name='GradingMatrixRow',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('method_grades', models.JSONField(help_text='Grade per method code, e.g. {"M1": "pass"}.')),
                        ('overall_grade', models.CharField(choices=[('fail', 'Fail'), ('pass', 'Pass'), ('distinction', 'Distinction')], max_length=12)),
                        ('plan', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='matrix_rows', to='plans.assessmentplan')),
                    ],
                    options={
                        'db_table': 'assessments_gradingmatrixrow',
                        'ordering': ['plan', 'id'],
                    },
                ),
                migrations.AddConstraint(
                    model_name='assessmentplan',
                    constraint=models.UniqueConstraint(condition=models.Q(('owner__isnull', False)), fields=('standard_version', 'owner', 'version'), name='assessment_plan_version_unique_per_owner'),
                ),
                migrations.AddConstraint(
                    model_name='assessmentplan',
                    constraint=models.UniqueConstraint(condition=models.Q(('owner__isnull', True)), fields=('standard_version', 'version'), name='assessment_plan_version_unique_shared'),
                ),
                migrations.AddConstraint(
                    model_name='assessmentplan',
                    constraint=models.CheckConstraint(condition=models.Q(('version__gte', 1)), name='assessment_plan_version_positive'),
                ),
                migrations.AddConstraint(
                    model_name='assessmentplan',
                    constraint=models.CheckConstraint(condition=models.Q(('epa_period_days__gte', 1)), name='assessment_plan_epa_period_positive'),
                ),
                migrations.AddConstraint(
                    model_name='assessmentmethod',
                    constraint=models.UniqueConstraint(fields=('plan', 'code'), name='assessment_method_code_unique'),
                ),
                migrations.AddConstraint(
                    model_name='assessmentmethod',
                    constraint=models.CheckConstraint(condition=models.Q(('grade_scale__in', ['fail_pass_distinction', 'fail_pass'])), name='assessment_method_grade_scale_valid'),
                ),
                migrations.AddConstraint(
                    model_name='gradingcriterion',
                    constraint=models.UniqueConstraint(fields=('method', 'code'), name='grading_criterion_code_unique'),
                ),
                migrations.AddConstraint(
                    model_name='gradingcriterion',
                    constraint=models.CheckConstraint(condition=models.Q(('band__in', ['pass', 'distinction'])), name='grading_criterion_band_valid'),
                ),
                migrations.AddConstraint(
                    model_name='gradingmatrixrow',
                    constraint=models.CheckConstraint(condition=models.Q(('overall_grade__in', ['fail', 'pass', 'distinction'])), name='grading_matrix_overall_grade_valid'),
                ),
            ],
        ),
    ]
