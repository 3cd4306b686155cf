"""The editable network diagram: nodes, weighted edges, heatmaps and the step-through phase.

Modules, one concept each: ``widget`` (NetworkDiagram, the public widget), ``scene``
(the items of one architecture, recoloured per snapshot), ``layer_headers`` (titles,
controls, padlocks and captions above and below each layer), ``items`` (node, edge, button
items), ``layout`` (pure geometry), ``colors`` (colour scales), ``legend``, ``view``
(zoom/pan/fit), ``edits`` (pure spec edits), ``commands`` (QUndoCommands),
``context_menu`` (a layer's menu), ``phase_view`` (what a trace puts on the diagram),
``weight_editor`` (the typed-weight popup).
"""

from gui.diagram.widget import NetworkDiagram

__all__ = ["NetworkDiagram"]
