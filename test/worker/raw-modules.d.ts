// Files imported as text through Vite's ?raw suffix (the dev gold, read at build time).
declare module "*?raw" {
  const text: string;
  export default text;
}
