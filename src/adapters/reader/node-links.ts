// A node's parent and name, read through the DOM's own getters. A page's <form> answers a property of its own with
// its field of that name, in every world, the content script's too (HTMLFormElement is [LegacyOverrideBuiltIns]):
// `form.parentNode` is then the page's <input name="parentNode">, whose parent is the form again, so a walk up the tree
// never ended and the desk's tab froze (a review). No field can stand in for a prototype's getter.

type Getter = (this: Node, ...args: unknown[]) => unknown;

/** Per prototype (a realm's HTMLDivElement.prototype, …), the getters and methods found for it on its chain, by name. */
const found = new WeakMap<object, Map<string, Getter>>();

/** The DOM's own getter (or, with `method`, function) `name` on the node's prototype chain. */
function ownFunction(node: Node, name: string, method = false): Getter | undefined {
  const proto = Object.getPrototypeOf(node) as object | null;
  if (!proto) return undefined;
  let known = found.get(proto);
  if (!known) found.set(proto, (known = new Map()));
  let fn = known.get(name);
  if (!fn) {
    for (let at: object | null = proto; at && !fn; at = Object.getPrototypeOf(at) as object | null) {
      const descriptor = Object.getOwnPropertyDescriptor(at, name);
      fn = (method ? descriptor?.value : descriptor?.get) as Getter | undefined;
    }
    if (fn) known.set(name, fn);
  }
  return fn;
}

function own(node: Node, name: string): unknown {
  const get = ownFunction(node, name);
  // No DOM getter: not a DOM node (a test's plain object), whose own field is all there is.
  return get ? get.call(node) : (node as unknown as Record<string, unknown>)[name];
}

/** The node's parent node. */
export function parentNodeOf(node: Node): Node | null {
  return (own(node, 'parentNode') as Node | null | undefined) ?? null;
}

/** The node's parent element. */
export function parentElementOf(node: Node): Element | null {
  return (own(node, 'parentElement') as Element | null | undefined) ?? null;
}

/** The element before this one among its siblings. */
export function previousElementSiblingOf(el: Element): Element | null {
  return (own(el, 'previousElementSibling') as Element | null | undefined) ?? null;
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

/** The element's children (elements only). */
export function childrenOf(el: Element): HTMLCollection | readonly Element[] {
  return (own(el, 'children') as HTMLCollection | undefined) ?? [];
}

/** The element's first element child. */
export function firstElementChildOf(el: Node): Element | null {
  return (own(el, 'firstElementChild') as Element | null | undefined) ?? null;
}

/** The node's first child. */
export function firstChildOf(node: Node): ChildNode | null {
  return (own(node, 'firstChild') as ChildNode | null | undefined) ?? null;
}

/** The element's attribute `name`, or null. */
export function attributeOf(el: Element, name: string): string | null {
  const fn = ownFunction(el, 'getAttribute', true);
  return (fn ? fn.call(el, name) : el.getAttribute(name)) as string | null;
}

/** Whether the element has attribute `name`. */
export function hasAttributeOf(el: Element, name: string): boolean {
  const fn = ownFunction(el, 'hasAttribute', true);
  return (fn ? fn.call(el, name) : el.hasAttribute(name)) as boolean;
}

/** The element's inline style (its `style` property), or undefined where it has none (not an HTML or SVG element). */
export function inlineStyleOf(el: Element): CSSStyleDeclaration | undefined {
  return (own(el, 'style') as CSSStyleDeclaration | undefined) ?? undefined;
}
