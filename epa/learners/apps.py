from django.apps import AppConfig


class LearnersConfig(AppConfig):
    name = "epa.learners"
    label = "learners"
    verbose_name = "Learners and apprenticeships"
