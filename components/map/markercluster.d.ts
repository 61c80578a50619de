// The few Leaflet.markercluster types the map uses (the package ships none, and
// @types/leaflet.markercluster is not installed). react-leaflet-cluster's own declarations refer
// to these names too.
import "leaflet";

declare module "leaflet" {
  class MarkerCluster extends Marker {
    getChildCount(): number;
    getAllChildMarkers(): Marker[];
    zoomToBounds(options?: FitBoundsOptions): void;
    spiderfy(): void;
    getBounds(): LatLngBounds;
  }

  interface MarkerClusterGroupOptions extends LayerOptions {
    maxClusterRadius?: number | ((zoom: number) => number);
    iconCreateFunction?: (cluster: MarkerCluster) => Icon | DivIcon;
    showCoverageOnHover?: boolean;
    zoomToBoundsOnClick?: boolean;
    spiderfyOnMaxZoom?: boolean;
    removeOutsideVisibleBounds?: boolean;
    animate?: boolean;
    disableClusteringAtZoom?: number;
    chunkedLoading?: boolean;
    chunkProgress?: (processed: number, total: number, elapsed: number) => void;
  }

  class MarkerClusterGroup extends FeatureGroup {
    constructor(options?: MarkerClusterGroupOptions);
    addLayers(layers: Layer[], skipLayerAddEvent?: boolean): this;
    removeLayers(layers: Layer[]): this;
    zoomToShowLayer(layer: Layer, callback?: () => void): void;
    refreshClusters(layers?: Layer | Layer[]): this;
  }

  interface MarkerClusterEvent extends LeafletEvent {
    layer: MarkerCluster;
    originalEvent?: KeyboardEvent | MouseEvent;
  }
}
