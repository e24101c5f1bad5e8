from django.urls import path

from borgerraad.channels.council import views

app_name = "council"

urlpatterns = [
    path("henvisninger/", views.referrals, name="referrals"),
    path("henvisninger/ny/", views.referral_new, name="referral_new"),
]
