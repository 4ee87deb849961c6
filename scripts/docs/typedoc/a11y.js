// Loaded into TypeDoc's pages (typedoc.json "customJs"). TypeDoc's script draws a navigation tree
// whose entries with children are links inside a <summary>: an interactive control inside
// another, which keyboard and screen-reader users cannot operate reliably (WCAG 4.1.2). Each such
// link moves to just after its <summary>, which keeps the entry's name as plain text.
(() => {
  const unnest = (root) => {
    for (const link of root.querySelectorAll('summary > a')) {
      const summary = link.parentElement;
      const name = document.createElement('span');
      name.textContent = link.textContent;
      summary.replaceChild(name, link);
      summary.after(link);
    }
  };
  unnest(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) unnest(node.parentElement ?? node);
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
