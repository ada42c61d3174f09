// Test-only: the layout calls ProseMirror makes to scroll the cursor into view, which jsdom lacks.
const noRects = () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
const zeroRect = () => new DOMRect(0, 0, 0, 0);

Range.prototype.getClientRects ??= noRects;
Range.prototype.getBoundingClientRect ??= zeroRect;
document.elementFromPoint ??= () => null;
