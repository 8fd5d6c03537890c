// Plugins for @custom-elements-manifest/analyzer (custom-elements-manifest.config.mjs).

/**
 * The analyzer lists an event for every `new CustomEvent(name, …)` in a class, taking the
 * variable's name for the event's (a helper `fire(type, detail)` yields an event "type").
 * Events are documented with `@fires`; this drops the ones named after a variable, unless a
 * `@fires` tag documents that same name.
 */
export function dropComputedEventNames() {
  const computed = new Set();
  return {
    name: 'drop-computed-event-names',
    analyzePhase({ ts, node }) {
      if (
        ts.isNewExpression(node) &&
        /^(Custom)?Event$/.test(node.expression.getText()) &&
        node.arguments?.[0] &&
        ts.isIdentifier(node.arguments[0])
      )
        computed.add(node.arguments[0].text);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events) continue;
          declaration.events = declaration.events.filter(
            (event) => event.description || !computed.has(event.name),
          );
        }
      }
    },
  };
}
