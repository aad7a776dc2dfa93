// Suggestions for typed filters (claimant, source) from the public API, as a <datalist>.
// Progressive: without JavaScript the field still takes a slug.
(function () {
  "use strict";
  document.querySelectorAll("input[data-autocomplete-url]").forEach(function (input, n) {
    var list = document.createElement("datalist");
    list.id = "autocomplete-" + n;
    input.setAttribute("list", list.id);
    input.after(list);
    var label = input.getAttribute("data-autocomplete-label");
    var timer = null;
    var controller = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var term = input.value.trim();
      if (term.length < 2) { return; }
      timer = setTimeout(function () {
        if (controller) { controller.abort(); }
        controller = new AbortController();
        var url = input.getAttribute("data-autocomplete-url") + "?page_size=10&q=" + encodeURIComponent(term);
        fetch(url, { headers: { Accept: "application/json" }, signal: controller.signal })
          .then(function (r) { return r.ok ? r.json() : { results: [] }; })
          .then(function (data) {
            list.replaceChildren.apply(list, (data.results || []).map(function (item) {
              var option = document.createElement("option");
              option.value = item.slug;
              option.label = item[label];
              return option;
            }));
          })
          .catch(function () {});
      }, 200);
    });
  });
})();
