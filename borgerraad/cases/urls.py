from django.urls import path

from borgerraad.cases import views, views_casefile

app_name = "cases"

urlpatterns = [
    path("indbakke/", views.inbox, name="inbox"),
    path("registrer/", views.register, name="register"),
    path("soeg/", views.search, name="search"),
    path("frister/", views.deadlines, name="deadlines"),
    path("adgangslog/", views.audit_index, name="audit"),
    path("adgangslog/sag/<str:reference>/", views.audit_case, name="audit_case"),
    path("adgangslog/bruger/<str:username>/", views.audit_user, name="audit_user"),
    path("henvendelser/<str:reference>/", views.henvendelse_detail, name="henvendelse"),
    path("henvendelser/<str:reference>/opret-sag/", views.henvendelse_open, name="henvendelse_open"),
    path("henvendelser/<str:reference>/cpr/", views.cpr_reveal, name="cpr"),
    path("henvendelser/<str:reference>/ret/", views_casefile.henvendelse_correct_view, name="correct"),
    path("sager/<str:reference>/", views.case_detail, name="case"),
    path("sager/<str:reference>/visitation/", views.case_visitation, name="visitation"),
    path("sager/<str:reference>/status/", views.case_transition, name="transition"),
    path("sager/<str:reference>/hoering/", views.case_hoering, name="hoering"),
    path("sager/<str:reference>/hoering/<int:hoering_id>/svar/", views.hoering_answer, name="hoering_answer"),
    path("sager/<str:reference>/hoering/<int:hoering_id>/forlaeng/", views.hoering_extend, name="hoering_extend"),
    path("sager/<str:reference>/hoering/<int:hoering_id>/annuller/", views.hoering_cancel, name="hoering_cancel"),
    path("sager/<str:reference>/forlaeng/", views.case_extend, name="extend"),
    path("sager/<str:reference>/notat/", views.case_note, name="note"),
    path("sager/<str:reference>/besked/", views.case_message, name="message"),
    path("sager/<str:reference>/tildel/", views.case_assign, name="assign"),
    path("sager/<str:reference>/klagepunkter/<int:number>/resultat/", views.klagepunkt_close, name="klagepunkt_close"),
    path("sager/<str:reference>/klagepunkter/<int:number>/videresendelse-svar/", views.klagepunkt_forward_answer,
         name="klagepunkt_forward_answer"),
    path("sager/<str:reference>/dokumenter/", views_casefile.case_documents, name="documents"),
    path("sager/<str:reference>/relaterede/", views_casefile.case_related, name="related"),
    path("sager/<str:reference>/relaterede/knyt/", views_casefile.case_link, name="link"),
    path("sager/<str:reference>/relaterede/sammenlaeg/", views_casefile.case_merge, name="merge"),
]
