// Starts GraphiQL against this gateway. A token pasted into the headers tab is sent as
// "Authorization: Bearer …"; administrative units answer without one.
(function () {
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var defaultQuery = [
    '# IOC Data Hub — một API GraphQL cho mọi ngành',
    '# Administrative units are public; sector data needs a token:',
    '# add {"Authorization": "Bearer <token>"} in the Headers tab below.',
    '{',
    '  province(code: "49", asOf: "2025-03-01") {',
    '    code name type',
    '    successors { unit { code name } share }',
    '    districts { code name }',
    '  }',
    '}',
  ].join('\n');
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery }));
})();
