// A node's parent and name, read through the DOM's own getters. A page's <form> answers a property of its own with
// its field of that name, in every world, the content script's too (HTMLFormElement is [LegacyOverrideBuiltIns]):
// `form.parentNode` is then the page's <input name="parentNode">, whose parent is the form again, so a walk up the tree
// never ended and the desk's tab froze (a review). No field can stand in for a prototype's getter.

type Getter = (this: Node) => unknown;

/** Per prototype (a realm's HTMLDivElement.prototype, …), the getters found for it on its chain, by property. */
const found = new WeakMap<object, Map<string, Getter>>();

function own(node: Node, name: string): unknown {
  const proto = Object.getPrototypeOf(node) as object | null;
  if (!proto) return undefined;
  let getters = found.get(proto);
  if (!getters) found.set(proto, (getters = new Map()));
  let get = getters.get(name);
  if (!get) {
    for (let at: object | null = proto; at && !get; at = Object.getPrototypeOf(at) as object | null) {
      get = Object.getOwnPropertyDescriptor(at, name)?.get as Getter | undefined;
    }
    // No DOM getter: not a DOM node (a test's plain object), whose own field is all there is.
    if (!get) return (node as unknown as Record<string, unknown>)[name];
    getters.set(name, get);
  }
  return get.call(node);
}

/** The node's parent node. */
export function parentNodeOf(node: Node): Node | null {
  return (own(node, 'parentNode') as Node | null | undefined) ?? null;
}

/** The node's parent element. */
export function parentElementOf(node: Node): Element | null {
  return (own(node, 'parentElement') as Element | null | undefined) ?? null;
}

/** The node's parent, or a shadow root's host: the way up across shadow trees. */
export function parentOrHostOf(node: Node): Node | null {
  const parent = parentNodeOf(node);
  if (parent || nodeTypeOf(node) !== 11 /* a document fragment: perhaps a shadow root */) return parent;
  return (own(node, 'host') as Element | null | undefined) ?? null;
}

/** The node's children. */
export function childNodesOf(node: Node): NodeListOf<ChildNode> | readonly ChildNode[] {
  return (own(node, 'childNodes') as NodeListOf<ChildNode> | undefined) ?? [];
}

/** The node's type (1 an element, 3 text, …). */
export function nodeTypeOf(node: Node): number {
  return (own(node, 'nodeType') as number | undefined) ?? 0;
}

/** The node's name, lower case ("div", "#text"). */
export function nodeNameOf(node: Node): string {
  const name = own(node, 'nodeName');
  return typeof name === 'string' ? name.toLowerCase() : '';
}
