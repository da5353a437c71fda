/**
 * Who claims, who is accused, who warned whom, drawn with Cytoscape. The
 * edges are also listed as text, so the graph is not the only way to read them.
 */
import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'preact/hooks';

export interface GraphNode {
  id: string;
  label: string;
  kind: string;
}
export interface GraphEdge {
  source: string;
  target: string;
  relation: 'claims' | 'accused' | 'warned' | 'denies';
  count: number;
}

const COLOURS: Record<string, string> = {
  person: '#1f6feb',
  organization: '#8250df',
  armed_group: '#d1242f',
  location: '#1a7f37',
  country: '#1a7f37',
  incident: '#9a6700',
  recipient: '#57606a',
};
const EDGE: Record<GraphEdge['relation'], string> = {
  claims: '#1f6feb',
  denies: '#bf3989',
  accused: '#d1242f',
  warned: '#9a6700',
};

/**
 * Cytoscape injects a <style> element unless an element with this id exists;
 * the server's Content-Security-Policy refuses inline styles, so the rule it
 * would add lives in style.css and this marker stands in for the element.
 */
function claimCytoscapeStylesheet(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const marker = document.createElement('meta');
  marker.id = id;
  document.head.append(marker);
}

export function EntityGraph({ nodes, edges }: { nodes: GraphNode[]; edges: GraphEdge[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || nodes.length === 0) return;
    claimCytoscapeStylesheet();
    const cy = cytoscape({
      container: el,
      elements: [
        ...nodes.map((n) => ({ data: { id: n.id, label: n.label, kind: n.kind } })),
        ...edges.map((e, i) => ({
          data: { id: `e${i}`, source: e.source, target: e.target, label: e.relation, relation: e.relation },
        })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'font-size': 11,
            'text-wrap': 'ellipsis',
            'text-max-width': '120px',
            'background-color': (n: cytoscape.NodeSingular) => COLOURS[n.data('kind') as string] ?? '#6e7781',
            width: 18,
            height: 18,
          },
        },
        {
          selector: 'edge',
          style: {
            width: 1.5,
            'curve-style': 'bezier',
            'target-arrow-shape': 'triangle',
            label: 'data(label)',
            'font-size': 9,
            color: '#57606a',
            'line-color': (e: cytoscape.EdgeSingular) => EDGE[e.data('relation') as GraphEdge['relation']],
            'target-arrow-color': (e: cytoscape.EdgeSingular) => EDGE[e.data('relation') as GraphEdge['relation']],
          },
        },
      ],
      layout: { name: 'cose', animate: false, nodeDimensionsIncludeLabels: true },
    });
    return () => cy.destroy();
  }, [nodes, edges]);
  const label = new Map(nodes.map((n) => [n.id, n.label]));
  if (nodes.length === 0) return <p class="muted">No relations to draw.</p>;
  return (
    <div>
      <div class="graph" ref={box} role="img" aria-label="Graph of who claims, who is accused and who warned whom" />
      <details>
        <summary>Relations as a list ({edges.length})</summary>
        <ul class="relations">
          {edges.map((e, i) => (
            <li key={i}>
              {label.get(e.source)} <em>{e.relation}</em> {label.get(e.target)}
              {e.count > 1 ? ` (${e.count}×)` : ''}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
