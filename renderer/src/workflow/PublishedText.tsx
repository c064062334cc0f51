import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef } from 'react';

const editability = new Compartment();
const editableExtension = (editable: boolean): Extension => [EditorView.editable.of(editable), EditorState.readOnly.of(!editable)];

/** Part of the editor's first state, so that `editable` can change later. */
export const editabilitySlot = (editable: boolean) => editability.of(editableExtension(editable));

interface Props {
  /** Called once, when the editor is made; later changes come from the editor itself. */
  initial: () => EditorState;
  editable: boolean;
  onView: (view: EditorView | null) => void;
}

/** Hosts one CodeMirror view for the life of the screen; React never rebuilds it. */
export function PublishedText({ initial, editable, onView }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const first = useRef({ initial, onView });

  useEffect(() => {
    const { initial: make, onView: report } = first.current;
    const created = new EditorView({ state: make(), parent: host.current! });
    view.current = created;
    report(created);
    return () => {
      report(null);
      created.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    view.current?.dispatch({ effects: editability.reconfigure(editableExtension(editable)) });
  }, [editable]);

  return <div ref={host} className="published-text" />;
}
