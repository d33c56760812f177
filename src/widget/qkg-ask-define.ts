// The widget bundle's entry: registers <qkg-ask>. Without an endpoint attribute the element asks
// the server this script was loaded from.
import { QkgAskElement } from "./qkg-ask-element.js";

const here = new URL(import.meta.url);
if (here.protocol === "http:" || here.protocol === "https:") QkgAskElement.defaultEndpoint = here.origin;

if (!customElements.get("qkg-ask")) customElements.define("qkg-ask", QkgAskElement);

declare global {
  interface HTMLElementTagNameMap {
    "qkg-ask": QkgAskElement;
  }
}

export { QkgAskElement };
