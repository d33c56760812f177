// The widget's words live in the one message table (graph/messages.ts); this module keeps the
// widget's imports short.
export { type Lang, langOf, type Messages, messages } from "../../graph/messages.js";
