// Vite turns CSS imports into stylesheet links at build time.
declare module '*.css';
