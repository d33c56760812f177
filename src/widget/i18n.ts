// The widget's words live in the one message table (graph/messages.ts); this module keeps the
// widget's imports short.
export { langOf, messages, type Lang, type Messages } from "../../graph/messages.js";
