import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { go } from '../router.js';

export function LoginPage({ onDone }: { onDone: () => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  return (
    <section class="narrow">
      <h1>Sign in</h1>
      <form
        class="stack"
        onSubmit={async (e) => {
          e.preventDefault();
          setError('');
          try {
            await api.login(username, password);
            onDone();
            go('#/stories');
          } catch (err) {
            setError((err as Error).message);
          }
        }}
      >
        <label>
          User name
          <input autocomplete="username" value={username} onInput={(e) => setUsername(e.currentTarget.value)} />
        </label>
        <label>
          Password
          <input
            type="password"
            autocomplete="current-password"
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        <button type="submit">Sign in</button>
        {error ? <p role="alert">{error}</p> : null}
      </form>
    </section>
  );
}
