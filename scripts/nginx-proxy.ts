import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Debian's nginx as a reverse proxy in front of Vigie instances, for `npm run test:instances`:
 * its own configuration, logs, pid and temp files in a temp directory (no root paths needed),
 * the proxy settings the README's deployment section documents.
 */
export interface NginxProxy {
  url: string;
  /** The upstream (`127.0.0.1:3271`, …) that served each logged request whose path starts with `prefix`. */
  upstreamsOf(prefix: string): string[];
  stop(): Promise<void>;
}

export function nginxBinary(): string | null {
  if (process.env.NGINX) return process.env.NGINX;
  if (fs.existsSync("/usr/sbin/nginx")) return "/usr/sbin/nginx";
  try {
    return execFileSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

/** Vigie's largest accepted body (register import 50 MB, audit-pack check 64 MB): Vigie answers 413 itself below that. */
export const PROXY_MAX_BODY = "64m";

export function nginxConfig(options: { dir: string; port: number; upstreams: number[]; bindAddress: string }): string {
  const { dir } = options;
  return `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  log_format upstream '$request_uri $status $upstream_addr';
  access_log ${dir}/access.log upstream;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream vigie {
${options.upstreams.map((port) => `    server 127.0.0.1:${port};`).join("\n")}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${options.port};
    client_max_body_size ${PROXY_MAX_BODY};
    location / {
      proxy_pass http://vigie;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host:$server_port;
      proxy_set_header X-Forwarded-Host $host:$server_port;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      # The proxy's own address towards Vigie, the one VIGIE_TRUSTED_PROXIES names (not the clients').
      proxy_bind ${options.bindAddress};
      proxy_read_timeout 120s;
      proxy_next_upstream error timeout;
    }
  }
}
`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startNginx(options: {
  port: number;
  upstreams: number[];
  bindAddress: string;
}): Promise<NginxProxy> {
  const binary = nginxBinary();
  if (!binary) throw new Error("nginx is not installed (Debian: apt-get install nginx)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-nginx-"));
  // Run as root, nginx's workers run as `nobody`: they must be able to reach the temp directories.
  fs.chmodSync(dir, 0o755);
  const config = path.join(dir, "nginx.conf");
  fs.writeFileSync(config, nginxConfig({ dir, ...options }));
  const args = ["-p", dir, "-c", config, "-e", path.join(dir, "error.log")];
  execFileSync(binary, [...args, "-t", "-q"], { stdio: "pipe" });
  const child = spawn(binary, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${options.port}`;
  for (let n = 0; ; n++) {
    if (child.exitCode !== null) throw new Error(`nginx exited at start: ${stderr}`);
    const up = await fetch(`${url}/api/health`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (n > 40) throw new Error("nginx did not start listening within 10 s");
    await sleep(250);
  }
  return {
    url,
    upstreamsOf(prefix) {
      const log = fs.existsSync(path.join(dir, "access.log"))
        ? fs.readFileSync(path.join(dir, "access.log"), "utf8")
        : "";
      return log
        .split("\n")
        .map((line) => line.split(" "))
        .filter(([uri]) => uri?.startsWith(prefix))
        .map((parts) => parts[2] ?? "");
    },
    async stop() {
      if (child.exitCode === null) child.kill("SIGQUIT");
      await Promise.race([exited, sleep(5_000)]);
      if (child.exitCode === null) {
        child.kill("SIGKILL");
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
