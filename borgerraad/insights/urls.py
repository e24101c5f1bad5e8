"""Insights: statistics, the annual beretning, recurring problems, suggestions and henstillinger."""

app_name = "insights"

urlpatterns: list = []
