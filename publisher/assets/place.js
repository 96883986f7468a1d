// Switching versions keeps the reader's place: a click on a version link of the switcher
// (site.py) carries the page's #fragment (Swagger UI's deep link to the open tag or
// operation) to the other version's page, which opens the same operation if it has it.
// A Swagger UI plugin only so that html.py inlines it like the others (afterLoad: the
// switcher is already in the page then).
var placePlugin = function () {
  return {
    afterLoad: function () {
      document.querySelectorAll(".kit-nav .kit-versions a").forEach(function (link) {
        link.addEventListener("click", function () {
          link.setAttribute("href", link.getAttribute("href").split("#")[0] + window.location.hash);
        });
      });
    },
  };
};
