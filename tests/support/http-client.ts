// A small cookie-keeping HTTP client for tests that talk to a running portal like a browser
// without JavaScript: it reads the CSRF field from pages and posts forms.

export type HttpResponse = { status: number; location: string | null; body: string; headers: Headers };

export class Browserless {
  private cookies = new Map<string, string>();
  readonly baseUrl: string;
  constructor(baseUrl: string) {
    this.baseUrl = baseUrl;
  }

  private store(headers: Headers) {
    for (const line of headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (/max-age=0/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async request(path: string, init: { method?: string; form?: Record<string, string | string[]> } = {}): Promise<HttpResponse> {
    const headers: Record<string, string> = { cookie: this.cookieHeader() };
    let body: string | undefined;
    if (init.form) {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(init.form))
        for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
      body = params.toString();
      headers["content-type"] = "application/x-www-form-urlencoded";
    }
    const response = await fetch(new URL(path, this.baseUrl), {
      method: init.method ?? (init.form ? "POST" : "GET"),
      headers,
      body,
      redirect: "manual",
    });
    this.store(response.headers);
    return {
      status: response.status,
      location: response.headers.get("location"),
      body: await response.text(),
      headers: response.headers,
    };
  }

  get(path: string) {
    return this.request(path);
  }

  /** The CSRF token of the last page with a form; GETs `path` to obtain it. */
  async csrf(path = "/"): Promise<string> {
    const page = await this.get(path);
    const match = page.body.match(/name="_csrf" value="([^"]+)"/);
    if (!match?.[1]) throw new Error(`no CSRF field on ${path} (status ${page.status})`);
    return match[1];
  }

  async post(path: string, form: Record<string, string | string[]>, csrfFrom = "/") {
    return this.request(path, { form: { _csrf: await this.csrf(csrfFrom), ...form } });
  }

  async login(email: string, password: string): Promise<void> {
    const response = await this.post("/inloggen", { email, password }, "/inloggen");
    if (response.status !== 302) throw new Error(`login of ${email} failed with ${response.status}`);
  }
}
