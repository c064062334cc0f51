// Vite turns CSS imports into stylesheet links at build time.
declare module '*.css';
// Vite copies a file imported with ?url into the build and gives its URL.
declare module '*?url' {
  const url: string;
  export default url;
}
