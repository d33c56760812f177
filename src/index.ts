// The worker's entrypoint: the Hono app is the fetch handler.
import app from "./app.js";

export default app;
