import { useEffect, useState } from 'react';
import type { OpenBriefing } from '../app/ipc/contract';
import { api } from './api';
import { BriefingView } from './components/BriefingView';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'empty' } | { kind: 'open'; open: OpenBriefing };

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    void api.briefing.start().then((result) => {
      if (!live) return;
      if (!result.ok) setState({ kind: 'error', message: result.error.message });
      else setState(result.value ? { kind: 'open', open: result.value } : { kind: 'empty' });
    });
    return () => {
      live = false;
    };
  }, []);

  switch (state.kind) {
    case 'loading':
      return <p className="status">Opening the briefing…</p>;
    case 'error':
      return (
        <p className="status error" role="alert">
          {state.message}
        </p>
      );
    case 'empty':
      return <p className="status">No briefing yet.</p>;
    case 'open':
      return <BriefingView open={state.open} />;
  }
}
