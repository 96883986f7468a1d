// Code samples (x-codeSamples: [{lang, label, source}]) under the parameters of each expanded
// operation: one copy-friendly <pre> per sample, visible with no further click. Swagger UI does
// not render x-codeSamples itself; this plugin wraps its "parameters" component, which every
// expanded operation renders and which receives the resolved operation as `operation`.
var samplesPlugin = function () {
  return {
    wrapComponents: {
      parameters: function (Original, system) {
        var h = system.React.createElement;
        return function (props) {
          var original = h(Original, props);
          var samples = props.operation && props.operation.get("x-codeSamples");
          if (!samples || !samples.size) {
            return original;
          }
          var items = samples.toArray().map(function (sample, index) {
            var label = sample.get("label") || sample.get("lang");
            return h(
              "div",
              { className: "code-sample", key: index, "data-lang": sample.get("lang") },
              h("h5", { className: "code-sample__label", style: { margin: "12px 0 4px" } }, label),
              h(
                "pre",
                {
                  className: "code-sample__source",
                  tabIndex: 0,
                  style: {
                    margin: 0,
                    padding: "10px",
                    background: "#333",
                    color: "#fff",
                    borderRadius: "4px",
                    fontSize: "12px",
                    whiteSpace: "pre",
                    overflowX: "auto",
                    userSelect: "all"
                  }
                },
                h("code", null, sample.get("source"))
              )
            );
          });
          var section = h(
            "div",
            { className: "opblock-section code-samples", style: { padding: "0 20px 12px" } },
            h("div", { className: "opblock-section-header" }, h("h4", { className: "opblock-title" }, "Code samples")),
            items
          );
          return h("div", null, original, section);
        };
      }
    }
  };
};
