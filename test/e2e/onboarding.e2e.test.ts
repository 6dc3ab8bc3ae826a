import { describePanel, screenshot } from './browser';

describePanel('onboarding: the API explorer and the account import in headless Chromium', (session) => {
  it('loads /graphiql from the server alone, runs `me` with a token and shows the docs', async () => {
    const { page, app } = session;
    const origin = new URL(app.url).origin;
    const elsewhere: string[] = [];
    // Everything not from gridgov itself is refused, as on a government network without internet.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });

    const token = await app.login('admin');
    await page.goto(`${app.url}/graphql`);
    expect(new URL(page.url()).pathname).toBe('/graphiql');
    await page.locator('.graphiql-query-editor .view-lines').getByText('query Me').waitFor();
    await screenshot(page, 'onboarding-01-graphiql-signed-out');

    await page.locator('input[name="token"]').fill(token);
    await page.getByRole('button', { name: '使用令牌' }).click();
    await page.getByTestId('signed-in').getByText('系统管理员 (admin)').waitFor();

    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await response.getByText('"username": "admin"').waitFor();
    // Monaco draws spaces as no-break spaces.
    const shown = JSON.parse((await response.textContent())!.replace(/\u00a0/g, ' '));
    expect(shown.data.me).toMatchObject({
      username: 'admin',
      name: '系统管理员',
      roles: [{ code: 'system_admin', name: '系统管理员', scope: 'ALL' }],
      grids: [],
    });

    const docs = page.locator('.graphiql-doc-explorer');
    await screenshot(page, 'onboarding-02-graphiql-me');
    await docs.getByText('Mutation', { exact: true }).first().click();
    await docs.getByText('login', { exact: true }).first().waitFor();
    await screenshot(page, 'onboarding-03-graphiql-docs-mutations');
    await docs.getByText('AuthPayload', { exact: true }).first().click();
    await docs.getByText('Send as', { exact: false }).first().waitFor();
    await screenshot(page, 'onboarding-04-graphiql-docs-description');

    expect(elsewhere).toEqual([]);
    await page.unroute('**/*');
  }, 120_000);
});
