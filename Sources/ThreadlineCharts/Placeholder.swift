public enum ThreadlineChartsPlaceholder {}
