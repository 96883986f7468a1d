// Search: the filter box (Swagger UI's `filter: true`) matches operations, not only tags.
//
// Swagger UI calls `fn.opsFilter(taggedOps, phrase)` with the Immutable OrderedMap
// tag name -> Map {tagDetails, operations: List of Map {path, method, operation, id}}
// (src/core/plugins/filter/opsFilter.js keeps the tags whose name contains the phrase).
// Here a tag whose name matches keeps all its operations; any other tag keeps those whose
// operationId, path, method, summary or description contains the phrase (case-insensitive
// substring), and a tag left with no operation is hidden. The box's placeholder (the stock
// one says "Filter by tag") says what it searches.
const SEARCH_PLACEHOLDER = "Search operations: id, path, summary, description, tag";
const searchPlugin = {
  fn: {
    opsFilter: function (taggedOps, phrase) {
      const needle = String(phrase).trim().toLowerCase();
      if (!needle) {
        return taggedOps;
      }
      const hit = (value) => typeof value === "string" && value.toLowerCase().indexOf(needle) !== -1;
      const matches = (op) => {
        const node = op.get("operation");
        const text = (key) => (node && node.get ? node.get(key) : undefined);
        return (
          hit(op.get("path")) ||
          hit(op.get("method")) ||
          hit(text("operationId")) ||
          hit(text("summary")) ||
          hit(text("description"))
        );
      };
      return taggedOps
        .map((tagObj, tag) => (hit(tag) ? tagObj : tagObj.set("operations", tagObj.get("operations").filter(matches))))
        .filter((tagObj) => tagObj.get("operations").size > 0);
    },
  },
  wrapComponents: {
    FilterContainer: (Original, system) => (props) =>
      system.React.createElement(
        "div",
        {
          className: "kit-search",
          ref: (element) => {
            const input = element && element.querySelector("input.operation-filter-input");
            if (input) {
              input.placeholder = SEARCH_PLACEHOLDER;
              input.setAttribute("aria-label", SEARCH_PLACEHOLDER);
            }
          },
        },
        system.React.createElement(Original, props),
      ),
  },
};
