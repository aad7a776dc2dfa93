"""Turn an admin change page into the POST data its form would send, so tests can edit one field."""

from django.forms import BaseFormSet, MultiWidget


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
        if isinstance(field.widget, MultiWidget) and not isinstance(value, list | tuple):  # date and time boxes
            value = field.widget.decompress(value)
        if isinstance(value, list | tuple) and isinstance(field.widget, MultiWidget):
            for i, part in enumerate(value):
                data[f"{form.add_prefix(name)}_{i}"] = "" if part is None else part
            continue
        data[form.add_prefix(name)] = _value(field, value)
    return {k: v for k, v in data.items() if v != [] and v is not False}


def change_form_data(response) -> dict:
    """The data of the page's main form and every inline formset, as the browser would post it."""
    context = response.context
    data = _form_data(context["adminform"].form)
    for inline in context.get("inline_admin_formsets") or []:  # none on a history page's revert form
        formset: BaseFormSet = inline.formset
        data |= _form_data(formset.management_form)
        for form in formset.forms:
            data |= _form_data(form)
    return data
