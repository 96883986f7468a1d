// The mock's reference page (served by mockserver/engine/reference.py at /__mock__/docs/<api>).
// It reads its settings from #swagger-ui's data-settings, fetches the spec the mock serves, makes
// its server and token URLs absolute against this page's origin (the mock's), starts Swagger UI
// and pre-fills the mock's default credentials.
(function () {
  "use strict";
  var root = document.getElementById("swagger-ui");
  var settings = JSON.parse(root.getAttribute("data-settings"));

  function absolute(url) {
    return new URL(url, window.location.href).href.replace(/\/$/, "");
  }

  // Swagger UI posts the client-credentials token request as a form; a token endpoint that takes
  // JSON only gets the same fields as a JSON object (empty ones, such as no scope, left out).
  function jsonTokenRequest(tokenUrls) {
    return function (request) {
      var url = String(request.url).split("?")[0];
      if (tokenUrls.indexOf(url) < 0 || typeof request.body !== "string") {
        return request;
      }
      var fields = {};
      new URLSearchParams(request.body).forEach(function (value, key) {
        if (value !== "") {
          fields[key] = value;
        }
      });
      request.body = JSON.stringify(fields);
      request.headers["Content-Type"] = "application/json";
      return request;
    };
  }

  function start(spec) {
    (spec.servers || []).forEach(function (server) {
      server.url = absolute(server.url);
    });
    var tokenUrls = [];
    var schemes = (spec.components || {}).securitySchemes || {};
    Object.keys(schemes).forEach(function (name) {
      var flow = (schemes[name].flows || {}).clientCredentials;
      if (flow && flow.tokenUrl) {
        flow.tokenUrl = absolute(flow.tokenUrl);
        tokenUrls.push(flow.tokenUrl);
      }
    });
    var ui = SwaggerUIBundle({
      spec: spec,
      dom_id: "#swagger-ui",
      deepLinking: true,
      validatorUrl: null,
      docExpansion: "list",
      defaultModelsExpandDepth: 1,
      presets: [SwaggerUIBundle.presets.apis],
      layout: "BaseLayout",
      requestInterceptor: settings.jsonTokenRequest
        ? jsonTokenRequest(tokenUrls)
        : function (request) {
            return request;
          },
      onComplete: function () {
        settings.basic.forEach(function (basic) {
          ui.preauthorizeBasic(basic.scheme, basic.username, basic.password);
        });
      },
    });
    if (settings.oauth) {
      ui.initOAuth({ clientId: settings.oauth.clientId, clientSecret: settings.oauth.clientSecret });
    }
    window.ui = ui;
  }

  fetch(settings.specUrl, { headers: { Accept: "application/json" } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error(settings.specUrl + ": HTTP " + response.status);
      }
      return response.json();
    })
    .then(start)
    .catch(function (error) {
      root.textContent = "Could not load the spec: " + error.message;
    });
})();
