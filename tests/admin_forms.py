"""Turn an admin change page into the POST data its form would send, so tests can edit one field."""

from django.forms import BaseFormSet


def _value(field, value):
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return [getattr(v, "pk", v) for v in value]
    return getattr(value, "pk", value)


def _form_data(form) -> dict:
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        data[form.add_prefix(name)] = _value(field, value)
    return {k: v for k, v in data.items() if v != [] and v is not False}


def change_form_data(response) -> dict:
    """The data of the page's main form and every inline formset, as the browser would post it."""
    context = response.context
    data = _form_data(context["adminform"].form)
    for inline in context["inline_admin_formsets"]:
        formset: BaseFormSet = inline.formset
        data |= _form_data(formset.management_form)
        for form in formset.forms:
            data |= _form_data(form)
    return data
