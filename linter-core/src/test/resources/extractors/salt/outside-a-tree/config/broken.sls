this is: [not yaml
