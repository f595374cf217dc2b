FROM ruby:3.3.0-slim
