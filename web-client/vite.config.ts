/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The gateway (deploy/local/up) is the one origin the client talks to: in development Vite serves the client and
// passes the API, the login and the logout through to it, so the session and XSRF-TOKEN cookies work as in
// production. FAKEBOOK_GATEWAY overrides where it runs.
const gateway = process.env.FAKEBOOK_GATEWAY ?? "http://localhost:8080";
const toGateway = { target: gateway, changeOrigin: false, xfwd: true };

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
  },
  build: {
    // Packaged in this module's jar as static/, which the gateway serves at /.
    outDir: "target/classes/static",
    emptyOutDir: true,
    assetsDir: "assets",
    // No inline data: URLs for scripts, and every asset a content-hashed file the gateway caches for a year.
    assetsInlineLimit: 0,
    sourcemap: false,
    target: "es2022",
  },
  server: {
    port: 5173,
    proxy: {
      "/api": toGateway,
      "/oauth2": toGateway,
      "/login": toGateway,
      "/logout": toGateway,
      "/ws": { ...toGateway, ws: true },
    },
  },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["src/test/setup.ts"],
    css: { modules: { classNameStrategy: "non-scoped" } },
  },
});
