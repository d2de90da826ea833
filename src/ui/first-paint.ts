/**
 * On H5 the gateway sends the station's name, open/closed line, today's hours and phones inside
 * index.html (`#first-paint`, src/server/gateway/first-paint.ts) so a resident reads them before
 * the scripts arrive. The app takes over when its first page is on screen: this removes the
 * block as soon as an element with the pages' root class (`.page`) exists — never earlier, so
 * the screen is never blank in between.
 *
 * @example useEffect(() => takeOverFirstPaint(document), []);
 * @returns a function that stops watching (for an effect's cleanup)
 */
export function takeOverFirstPaint(doc: Document): () => void {
  const block = doc.getElementById('first-paint');
  if (!block) return () => undefined;
  const done = () => {
    if (!doc.querySelector('.page')) return false;
    block.remove();
    return true;
  };
  if (done()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (done()) observer.disconnect();
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}
