// The import progress page goes on by itself: each file is imported by one POST of its form, the
// server redirects back here, and this submits the form again while files are waiting. Without
// scripts the editor presses the button. A static file, so the Content-Security-Policy allows it.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form[data-fc-continue]");
  if (form) {
    form.querySelector("input[type=submit]").disabled = true;
    form.submit();
  }
});
